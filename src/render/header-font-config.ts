// The running header's font as a system font of the browser, on Linux. Chromium draws the header and
// footer as a small page of their own for every printed page, and a web font in them is decoded and
// set up again each time: in an 11-page agreement, 40–60 ms of a 140 ms print. A font the browser
// finds through fontconfig is set up once per browser. iop writes the header's face (the same
// Source Sans 3 file the web font is made of) and a fontconfig file that adds it to the system's
// fonts into the browser's throwaway profile, and gives the browser that file; pdf.ts then prints
// the default header without its @font-face. Other systems (Windows, macOS), and Linux with
// IOP_HEADER_WEB_FONT=1, keep the web font, as does a repository's own header template.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_FAMILY, headerFontSfnt } from './fonts.js';

const SYSTEM_CONFIG = '/etc/fonts/fonts.conf';
const FONT_FILE = 'iop-sidhuvud.ttf';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The fontconfig file the browser's environment points at without iop: the user's, the package's, or the system's. */
function baseConfig(env: NodeJS.ProcessEnv): string {
  if (env['FONTCONFIG_FILE']) return env['FONTCONFIG_FILE'];
  if (env['FONTCONFIG_PATH']) return join(env['FONTCONFIG_PATH'], 'fonts.conf');
  return SYSTEM_CONFIG;
}

/** Whether the browser should get the header's font as a system font. */
export function headerFontAsSystemFont(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' && env['IOP_HEADER_WEB_FONT'] !== '1';
}

/**
 * Writes the header's font and a fontconfig file into `dir` and returns the environment that makes
 * the browser use them. Any other font of the same family is left out, so that the header is set in
 * iop's own file whatever the machine has installed.
 */
export function installHeaderFont(dir: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts, { recursive: true });
  writeFileSync(join(fonts, FONT_FILE), headerFontSfnt());
  const config = join(dir, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">${xml(baseConfig(env))}</include>
  <dir>${xml(fonts)}</dir>
  <cachedir>${xml(join(dir, 'fontconfig'))}</cachedir>
  <selectfont>
    <acceptfont><pattern><patelt name="file"><string>${xml(join(fonts, FONT_FILE))}</string></patelt></pattern></acceptfont>
    <rejectfont><pattern><patelt name="family"><string>${xml(FONT_FAMILY)}</string></patelt></pattern></rejectfont>
  </selectfont>
</fontconfig>
`,
  );
  return { FONTCONFIG_FILE: config };
}
