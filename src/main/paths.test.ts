import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { builtFiles, datasetDir } from './paths'

describe('datasetDir', () => {
  it('reads resources/dataset from the checkout when unpackaged', () => {
    expect(datasetDir({ isPackaged: false, appPath: '/src/worth', resourcesPath: '/x' })).toBe(
      join('/src/worth', 'resources', 'dataset'),
    )
  })

  it("reads the packaged app's extra resource when packaged", () => {
    expect(
      datasetDir({
        isPackaged: true,
        appPath: '/opt/Worth/resources/app.asar',
        resourcesPath: '/opt/Worth/resources',
      }),
    ).toBe(join('/opt/Worth/resources', 'dataset'))
  })
})

describe('builtFiles', () => {
  it('finds the renderer page, the preload script and the backend process beside out/main', () => {
    expect(builtFiles(join('/w', 'out', 'main'))).toEqual({
      rendererIndex: join('/w', 'out', 'renderer', 'index.html'),
      preload: join('/w', 'out', 'preload', 'index.js'),
      backend: join('/w', 'out', 'main', 'backend.js'),
    })
  })
})
