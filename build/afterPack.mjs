// electron-builder afterPack hook: sets Worth's Electron fuses in the packaged binary, before it is signed and
// wrapped in an installer. Fuses are switches compiled into Electron that a packaged app turns off for good:
// no running as plain Node, no NODE_OPTIONS or --inspect, cookies encrypted, the app only from its asar and that
// asar checked against its hash.
import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'

/** Worth's fuse settings (docs/security.md explains each). */
export const FUSE_SETTINGS = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
}

/** The packaged Electron binary (or macOS .app) in electron-builder's output folder. */
export function packagedExecutable({ platform, appOutDir, productFilename, executableName }) {
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${productFilename}.app`)
  if (platform === 'win32') return join(appOutDir, `${productFilename}.exe`)
  return join(appOutDir, executableName)
}

export async function afterPack(context) {
  const platform = context.electronPlatformName
  const executable = packagedExecutable({
    platform,
    appOutDir: context.appOutDir,
    productFilename: context.packager.appInfo.productFilename,
    executableName: context.packager.executableName,
  })
  await flipFuses(executable, {
    version: FuseVersion.V1,
    // Changing an arm64 macOS binary breaks its ad-hoc signature; re-sign it ad hoc (real signing comes later).
    resetAdHocDarwinSignature: platform === 'darwin' && context.arch === 3,
    ...FUSE_SETTINGS,
  })
}

export default afterPack
