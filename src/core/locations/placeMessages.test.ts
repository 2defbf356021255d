import { describe, expect, it } from 'vitest'
import { realDataset } from '../testing/realDataset'
import { ambiguousPlaceMessage, placeChoices } from './placeMessages'

const { locations } = realDataset()

describe('the message for a place that could mean several', () => {
  it('names each place once, with its wage area only where that says more (Columbus)', () => {
    const matches = locations.resolve('Columbus')
    const choices = placeChoices(matches)
    expect(choices.slice(0, 2)).toEqual(['Columbus, OH', 'Columbus, GA-AL'])
    expect(choices).toContain('Columbus, NE (Northeast Nebraska nonmetropolitan area)')
    const message = ambiguousPlaceMessage(' Columbus ', matches)
    expect(message).toMatch(/^Location "Columbus" could mean several places: Columbus, OH; Columbus, GA-AL; /)
    expect(message).not.toMatch(/Columbus, GA-AL \(Columbus, GA-AL\)/)
    expect(message).toMatch(/ Add the state, e\.g\. "Columbus, OH"\.$/)
  })

  it('keeps the wage area where a city is one of several in it (Portland)', () => {
    expect(ambiguousPlaceMessage('Portland', locations.resolve('Portland'))).toBe(
      'Location "Portland" could mean several places: Portland, OR (Portland-Vancouver-Hillsboro, OR-WA); Portland, ME (Portland-South Portland, ME). Add the state, e.g. "Portland, OR".',
    )
  })

  it('suggests a text other than the one typed (Washington -> a city, not the state again)', () => {
    const message = ambiguousPlaceMessage('Washington', locations.resolve('Washington'))
    expect(message).toMatch(/e\.g\. "Washington, [A-Z]{2}"\.$/)
  })
})
