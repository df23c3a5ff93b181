// The command that starts the local log file, as Settings and the welcome page show it: the published
// `pressclip-log-server` package (companion/package.json), run with npx, so no source checkout is needed.
export const COMPANION_COMMAND = 'npx pressclip-log-server --file ~/PressClip/inquiry-log.json';
