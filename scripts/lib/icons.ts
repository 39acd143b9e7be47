/** The icon sizes the manifest declares: toolbar (16, 32), extensions page (48, 96), stores and install (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Manifest `icons` / `action.default_icon` entries for those sizes. */
export const iconSet = (sizes: readonly number[] = ICON_SIZES): Record<string, string> =>
  Object.fromEntries(sizes.map((size) => [String(size), `icon/${size}.png`]));
