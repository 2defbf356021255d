import { afterEach, describe, expect, it, vi } from 'vitest'
import { performPageAction, pageActionFor } from './menuCommands'

afterEach(() => {
  document.body.innerHTML = ''
})

function button(menu: string, disabled = false): HTMLButtonElement {
  const b = document.createElement('button')
  b.dataset['menu'] = menu
  b.disabled = disabled
  document.body.append(b)
  return b
}

describe('pageActionFor', () => {
  it('leaves view switches to the shell and sends file commands to the view that owns them', () => {
    expect(pageActionFor({ type: 'open-view', view: 'compare' })).toBeNull()
    expect(pageActionFor({ type: 'import-offers' })?.view).toBe('offers')
    expect(pageActionFor({ type: 'export-offers' })?.view).toBe('offers')
    expect(pageActionFor({ type: 'new-offer' })?.view).toBe('offers')
    expect(pageActionFor({ type: 'save-brief' })?.view).toBe('negotiate')
    expect(pageActionFor({ type: 'how-worth-estimates' })?.view).toBe('offer')
  })
})

describe('performPageAction', () => {
  it('presses the export button once the list has loaded and enabled it', async () => {
    const exportButton = button('export-offers', true)
    const clicked = vi.fn()
    exportButton.addEventListener('click', clicked)
    setTimeout(() => (exportButton.disabled = false), 100)
    expect(await performPageAction(pageActionFor({ type: 'export-offers' })!)).toBeNull()
    expect(clicked).toHaveBeenCalledTimes(1)
  })

  it('says there is nothing to export when the button stays disabled', async () => {
    button('export-offers', true)
    expect(await performPageAction(pageActionFor({ type: 'export-offers' })!, document, 200)).toBe(
      'There are no saved offers to export yet.',
    )
  })

  it('opens the brief first, then saves it', async () => {
    const order: string[] = []
    const open = button('open-brief')
    open.addEventListener('click', () => {
      order.push('open')
      open.remove()
      button('save-brief').addEventListener('click', () => order.push('save'))
    })
    expect(await performPageAction(pageActionFor({ type: 'save-brief' })!)).toBeNull()
    expect(order).toEqual(['open', 'save'])
  })

  it('leaves an edit before focusing the new-offer form', async () => {
    const input = document.createElement('input')
    input.id = 'saved-offer-label'
    document.body.append(input)
    const stop = button('stop-editing')
    stop.addEventListener('click', () => stop.remove())
    expect(await performPageAction(pageActionFor({ type: 'new-offer' })!)).toBeNull()
    expect(document.activeElement).toBe(input)
    expect(stop.isConnected).toBe(false)
  })

  it('says what to do when the button never appears', async () => {
    expect(await performPageAction(pageActionFor({ type: 'save-brief' })!, document, 100)).toMatch(
      /Work out a counter-offer in Negotiate first/,
    )
  })
})
