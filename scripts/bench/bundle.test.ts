import { describe, expect, it } from 'vitest'
import { initialFiles } from './bundle'

describe('initialFiles', () => {
  it('lists the entry script, module preloads and style sheets, not the icon or lazy chunks', () => {
    const html = `<head>
      <link rel="icon" href="data:," />
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/jsx-runtime-B.js">
      <link rel="stylesheet" crossorigin href="./assets/index-C.css">
    </head>`
    expect(initialFiles(html)).toEqual(['assets/index-A.js', 'assets/jsx-runtime-B.js', 'assets/index-C.css'])
  })
})
