// npm run icon: renders build/icon.svg to build/icon.png (1024 x 1024), the icon electron-builder turns into each
// platform's format (Linux PNGs, the macOS .icns, the Windows .ico). Run it after changing the SVG; the PNG is
// committed so packaging needs nothing but this file.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'

export const ICON_SIZE = 1024

export function renderIcon(svg: string, size = ICON_SIZE): Buffer {
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' })
  return resvg.render().asPng()
}

if (require.main === module) {
  const build = resolve(__dirname, '..', 'build')
  const png = renderIcon(readFileSync(resolve(build, 'icon.svg'), 'utf8'))
  writeFileSync(resolve(build, 'icon.png'), png)
  console.log(`build/icon.png: ${ICON_SIZE} x ${ICON_SIZE}, ${png.length} bytes`)
}
