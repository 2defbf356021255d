// The labels of the fields My offer and Negotiate both start with (the role lookup and the pay fields), in the
// order Tab reaches them: one list for the tests of both forms.
export const ROLE_AND_PAY_LABELS = [
  'Job title',
  'Location',
  'Years of experience',
  'Base salary',
  'Annual bonus',
  'Stock per year',
  'Sign-on bonus',
] as const
