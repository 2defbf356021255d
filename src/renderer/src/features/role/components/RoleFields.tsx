// The job title and place fields of every form with a role (My offer, Market insights, Negotiate, the My offers
// editor): each with its autocomplete, and under it "Did you mean: …" or "Which Portland do you mean?".
import { FIELD_LABELS } from '../../../../../shared/fields'
import { ComboboxField } from '../../../components/ComboboxField'
import type { RoleLookup } from '../useRoleLookup'
import { DidYouMean } from './DidYouMean'
import { LocationQuestion } from './LocationQuestion'

export type RoleField = 'title' | 'location'

/** The title hint of the forms that take an offer (My offer, Negotiate). */
export const OFFER_TITLE_HINT = 'As written in the offer, e.g. Software engineer.'

export interface RoleFieldsProps {
  /** The inputs' ids. */
  ids: Record<RoleField, string>
  /** Starts the ids of the "Did you mean" groups ("negotiate-" gives "negotiate-title-did-you-mean"). */
  idPrefix?: string
  labels?: Record<RoleField, string>
  hints: Record<RoleField, string>
  values: Record<RoleField, string>
  errors: Partial<Record<RoleField, string>>
  lookup: RoleLookup
  onEdit: (field: RoleField, text: string) => void
  onLeave: (field: RoleField) => void
  /** A title picked from the suggestions or from "Did you mean". */
  onPickTitle: (title: string) => void
  /** A place picked from the suggestions, the question or "Did you mean" (areaCode null when only named). */
  onPickLocation: (label: string, areaCode: string | null) => void
}

export function RoleFields({
  ids,
  idPrefix = '',
  labels = FIELD_LABELS,
  hints,
  values,
  errors,
  lookup,
  onEdit,
  onLeave,
  onPickTitle,
  onPickLocation,
}: RoleFieldsProps) {
  const { question, didYouMean } = lookup
  return (
    <>
      <ComboboxField
        id={ids.title}
        label={labels.title}
        hint={hints.title}
        error={errors.title}
        after={
          <DidYouMean
            id={`${idPrefix}title-did-you-mean`}
            suggestions={didYouMean.title}
            onChoose={onPickTitle}
          />
        }
        value={values.title}
        options={lookup.titleOptions}
        onInput={(text) => onEdit('title', text)}
        onPick={(option) => onPickTitle(option.title)}
        onLeave={() => onLeave('title')}
      />
      <ComboboxField
        id={ids.location}
        label={labels.location}
        hint={hints.location}
        error={errors.location}
        after={
          question ? (
            <LocationQuestion
              question={question}
              onChoose={(choice) => onPickLocation(choice.label, choice.areaCode)}
            />
          ) : (
            <DidYouMean
              id={`${idPrefix}location-did-you-mean`}
              suggestions={didYouMean.location}
              onChoose={(label) => onPickLocation(label, null)}
            />
          )
        }
        value={values.location}
        options={lookup.locationOptions}
        onInput={(text) => onEdit('location', text)}
        onPick={(option) => onPickLocation(option.label, option.areaCode)}
        onLeave={() => onLeave('location')}
      />
    </>
  )
}
