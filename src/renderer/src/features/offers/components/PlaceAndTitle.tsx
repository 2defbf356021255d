// The editor's job title and location, with the same autocomplete as the My offer form. A saved offer keeps the
// place's name only, so a picked place replaces the text and no "Which … do you mean?" is asked here.
import { PlaceField } from '../../role/components/PlaceField'
import { RoleFields } from '../../role/components/RoleFields'
import { useRoleLookup } from '../../role/useRoleLookup'
import { EDITOR_LABELS } from '../offerEditor'
import { editorId, type EditorEvents } from './EditorInputs'

export interface PlaceAndTitleProps extends EditorEvents {
  title: string
  location: string
  workLocation: string
  errors: { title?: string; location?: string; workLocation?: string }
}

export function PlaceAndTitle({
  title,
  location,
  workLocation,
  errors,
  onEdit,
  onLeave,
}: PlaceAndTitleProps) {
  const lookup = useRoleLookup({ fields: { title, location }, areaCode: null }, { ask: false })
  return (
    <>
      <RoleFields
        ids={{ title: editorId('title'), location: editorId('location') }}
        idPrefix="saved-offer-"
        labels={EDITOR_LABELS}
        hints={{
          title: 'As written in the offer; used for the market percentile.',
          location: 'Where you would live and pay tax, e.g. Seattle, WA or Austin, TX.',
        }}
        values={{ title, location }}
        errors={errors}
        lookup={lookup}
        onEdit={onEdit}
        onLeave={onLeave}
        onPickTitle={(picked) => onEdit('title', picked)}
        onPickLocation={(label) => onEdit('location', label)}
      />
      <PlaceField
        id={editorId('workLocation')}
        label={EDITOR_LABELS.workLocation}
        hint="Leave empty if you work where you live. A city that taxes people who work there (Philadelphia, Detroit, Kansas City, an Ohio city) changes take-home."
        error={errors.workLocation}
        value={workLocation}
        onInput={(text) => onEdit('workLocation', text)}
        onLeave={() => onLeave('workLocation')}
      />
    </>
  )
}
