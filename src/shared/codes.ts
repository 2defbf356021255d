// The shapes of the codes a role lookup carries, once for the contract, the dataset and the forms.
// Kept free of zod so the renderer can check a draft's codes without loading the schemas.

/** A 2018 SOC occupation code, e.g. 15-1252. */
export const SOC_CODE = /^\d{2}-\d{4}$/

/** An area code: a BLS OEWS metropolitan or nonmetropolitan area (5 to 7 digits), US, or a state abbreviation. */
export const AREA_CODE = /^\d{5,7}$|^US$|^[A-Z]{2}$/
