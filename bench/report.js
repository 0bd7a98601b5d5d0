'use strict';
/** Prints one bench figure as a JSON line, the format `npm run bench` promises. */
function report(bench, value, unit) {
  process.stdout.write(JSON.stringify({ bench, value: Math.round(value * 100) / 100, unit }) + '\n');
}
module.exports = { report };
