// The editor's job title and location, with the same autocomplete as the My offer form.
import { ComboboxField } from '../../../components/ComboboxField'
import { searchLocations, searchTitles } from '../../../lib/api'
import { useDebouncedReply } from '../../../lib/useDebouncedReply'
import { locationOptions, titleOptions } from '../../estimate/pickers'
import { EDITOR_LABELS, type EditorField } from '../offerEditor'
import { editorId } from './EditorInputs'

const SEARCH_DELAY_MS = 20
const SEARCH_LIMIT = 8

export interface PlaceAndTitleProps {
  title: string
  location: string
  workLocation: string
  errors: { title?: string; location?: string; workLocation?: string }
  onEdit: (field: EditorField, text: string) => void
  onLeave: (field: EditorField) => void
}

export function PlaceAndTitle({
  title,
  location,
  workLocation,
  errors,
  onEdit,
  onLeave,
}: PlaceAndTitleProps) {
  const titleQuery = title.trim()
  const placeQuery = location.trim()
  const titles = useDebouncedReply(
    titleQuery ? { query: titleQuery, limit: SEARCH_LIMIT } : null,
    searchTitles,
    SEARCH_DELAY_MS,
  )
  const places = useDebouncedReply(
    placeQuery ? { query: placeQuery, limit: SEARCH_LIMIT } : null,
    searchLocations,
    SEARCH_DELAY_MS,
  )
  const workQuery = workLocation.trim()
  const workPlaces = useDebouncedReply(
    workQuery ? { query: workQuery, limit: SEARCH_LIMIT } : null,
    searchLocations,
    SEARCH_DELAY_MS,
  )
  const workReply = workQuery ? workPlaces.latest?.reply : undefined
  const titleReply = titleQuery ? titles.latest?.reply : undefined
  const placeReply = placeQuery ? places.latest?.reply : undefined

  return (
    <>
      <ComboboxField
        id={editorId('title')}
        label={EDITOR_LABELS.title}
        hint="As written in the offer; used for the market percentile."
        error={errors.title}
        value={title}
        options={titleReply?.ok ? titleOptions(titleReply.value) : []}
        onInput={(text) => onEdit('title', text)}
        onPick={(option) => onEdit('title', option.title)}
        onLeave={() => onLeave('title')}
      />
      <ComboboxField
        id={editorId('location')}
        label={EDITOR_LABELS.location}
        hint="Where you would live and pay tax, e.g. Seattle, WA or Austin, TX."
        error={errors.location}
        value={location}
        options={placeReply?.ok ? locationOptions(placeReply.value) : []}
        onInput={(text) => onEdit('location', text)}
        onPick={(option) => onEdit('location', option.label)}
        onLeave={() => onLeave('location')}
      />
      <ComboboxField
        id={editorId('workLocation')}
        label={EDITOR_LABELS.workLocation}
        hint="Leave empty if you work where you live. A city that taxes people who work there (Philadelphia, Detroit, Kansas City, an Ohio city) changes take-home."
        error={errors.workLocation}
        value={workLocation}
        options={workReply?.ok ? locationOptions(workReply.value) : []}
        onInput={(text) => onEdit('workLocation', text)}
        onPick={(option) => onEdit('workLocation', option.label)}
        onLeave={() => onLeave('workLocation')}
      />
    </>
  )
}
