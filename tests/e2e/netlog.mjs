// Chromium's NetLog (`--log-net-log`): every URL request the network service starts, from any
// process — pages, content scripts and the extension's service worker, also one restarted after
// a test stopped it (which the driver's request events can miss). Read while the browser runs:
// one event a line, so a half-written last line is skipped.
import fs from 'node:fs';

/** Each URL request started so far: its URL and initiator origin ('' for the browser's own and navigations). */
export function netLogRequests(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const header = lines[0] ?? '';
  const constants = JSON.parse(`${header.replace(/,\s*$/, '')}}`).constants;
  const START = constants.logEventTypes.URL_REQUEST_START_JOB;
  const requests = [];
  for (const line of lines.slice(2)) {
    let event;
    try {
      event = JSON.parse(line.replace(/,\s*$/, ''));
    } catch {
      continue; // the line being written, or the closing lines
    }
    if (event?.type === START && event.params?.url) {
      const initiator = event.params.initiator;
      requests.push({ url: event.params.url, initiator: initiator && initiator !== 'not an origin' ? initiator : '' });
    }
  }
  return requests;
}
