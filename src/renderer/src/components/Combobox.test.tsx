import { render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Combobox, type ComboboxOption } from './Combobox'
import { setupUser } from '../test/clock'

const OPTIONS: ComboboxOption[] = [
  { key: 'a', label: 'Software Engineer', detail: 'Software Developers' },
  { key: 'b', label: 'Software Developer', detail: 'Software Developers' },
  { key: 'c', label: 'Software Test Engineer', detail: 'Software Quality Assurance Analysts and Testers' },
]

function Harness({ onPick }: { onPick: (option: ComboboxOption) => void }) {
  const [text, setText] = useState('')
  return (
    <>
      <label htmlFor="job">Job title</label>
      <Combobox
        id="job"
        label="Job title"
        value={text}
        options={text ? OPTIONS : []}
        onInput={setText}
        onPick={(option) => {
          setText(option.label)
          onPick(option)
        }}
      />
    </>
  )
}

describe('Combobox', () => {
  it('follows the ARIA combobox pattern with the keyboard', async () => {
    const user = setupUser()
    const onPick = vi.fn()
    render(<Harness onPick={onPick} />)
    const input = screen.getByRole('combobox', { name: 'Job title' })
    expect(input).toHaveAttribute('aria-expanded', 'false')
    const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '')
    expect(listbox).toHaveAttribute('role', 'listbox')

    await user.type(input, 'soft')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getAllByRole('option')).toHaveLength(3)

    await user.keyboard('{ArrowDown}{ArrowDown}')
    const second = screen.getAllByRole('option')[1]!
    expect(second).toHaveAttribute('aria-selected', 'true')
    expect(input).toHaveAttribute('aria-activedescendant', second.id)

    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(screen.getAllByRole('option')[2]).toHaveAttribute('aria-selected', 'true')

    await user.keyboard('{Enter}')
    expect(onPick).toHaveBeenCalledWith(OPTIONS[2])
    expect(input).toHaveValue('Software Test Engineer')
    expect(input).toHaveAttribute('aria-expanded', 'false')
  })

  it('closes on Escape and picks with the mouse', async () => {
    const user = setupUser()
    const onPick = vi.fn()
    render(<Harness onPick={onPick} />)
    const input = screen.getByRole('combobox', { name: 'Job title' })
    await user.type(input, 'soft')
    await user.keyboard('{Escape}')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('option')).not.toBeInTheDocument()

    await user.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    await user.click(screen.getByRole('option', { name: /^Software Developer/ }))
    expect(onPick).toHaveBeenCalledWith(OPTIONS[1])
    expect(input).toHaveFocus()
  })
})
