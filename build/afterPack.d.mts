// Types for build/afterPack.mjs (a plain module, because electron-builder loads its hooks without TypeScript).
export declare const FUSE_SETTINGS: Readonly<Record<number, boolean>>
export declare function packagedExecutable(where: {
  platform: string
  appOutDir: string
  productFilename: string
  executableName: string
}): string
export declare function afterPack(context: {
  electronPlatformName: string
  appOutDir: string
  arch: number
  packager: { appInfo: { productFilename: string }; executableName: string }
}): Promise<void>
export default afterPack
