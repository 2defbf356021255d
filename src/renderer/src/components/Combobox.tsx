// A text input with a list of suggestions, following the ARIA combobox pattern (list autocomplete):
// type to see suggestions, Down/Up to move, Enter to pick, Escape to close. The parent owns the text, the options
// and the visible label (a <label for={id}>, see FormField).
import { useState, type KeyboardEvent } from 'react'

export interface ComboboxOption {
  /** Unique among the options. */
  key: string
  label: string
  /** Extra text shown after the label, e.g. the occupation a title belongs to. */
  detail?: string
}

export interface ComboboxProps<O extends ComboboxOption> {
  id: string
  label: string
  value: string
  options: O[]
  onInput: (text: string) => void
  onPick: (option: O) => void
  onLeave?: () => void
  /** Ids of elements that describe the input (hint, error message). */
  describedBy?: string
  invalid?: boolean
  placeholder?: string
}

export function Combobox<O extends ComboboxOption>({
  id,
  label,
  value,
  options,
  onInput,
  onPick,
  onLeave,
  describedBy,
  invalid = false,
  placeholder,
}: ComboboxProps<O>) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const listId = `${id}-suggestions`
  const expanded = open && options.length > 0
  const activeIndex = expanded && active < options.length ? active : -1
  const optionId = (index: number) => `${id}-option-${index}`

  function pick(option: O) {
    setOpen(false)
    setActive(-1)
    onPick(option)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return
        event.preventDefault()
        setOpen(true)
        setActive(expanded ? (activeIndex + 1) % count : 0)
        return
      case 'ArrowUp':
        if (count === 0) return
        event.preventDefault()
        setOpen(true)
        setActive(expanded && activeIndex > 0 ? activeIndex - 1 : count - 1)
        return
      case 'Enter': {
        const option = activeIndex >= 0 ? options[activeIndex] : undefined
        if (option) {
          event.preventDefault()
          pick(option)
        }
        return
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault()
          setOpen(false)
          setActive(-1)
        }
        return
    }
  }

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          onInput(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false)
          setActive(-1)
          onLeave?.()
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        className="combobox-list"
        hidden={!expanded}
      >
        {expanded &&
          options.map((option, index) => (
            <li
              key={option.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'combobox-option is-active' : 'combobox-option'}
              // Keep focus in the input so picking with the mouse does not close the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              <span className="combobox-option-label">{option.label}</span>
              {option.detail && <span className="combobox-option-detail">{option.detail}</span>}
            </li>
          ))}
      </ul>
    </div>
  )
}
