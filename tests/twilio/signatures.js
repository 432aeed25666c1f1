#!/usr/bin/env node
// Computes and checks X-Twilio-Signature with the official twilio package, for the WhatsApp channel's tests.
// stdin:  {"cases":[{"token":"…","url":"…","params":{"Name":"value" | ["v1","v2"]},"signature":"…"?}]}
// stdout: [{"signature":"<what twilio computes>","valid":<twilio.validateRequest of the given signature, or null>}]
'use strict';
const twilio = require('twilio');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const results = request.cases.map((c) => ({
    signature: twilio.getExpectedTwilioSignature(c.token, c.url, c.params),
    valid: typeof c.signature === 'string' ? twilio.validateRequest(c.token, c.signature, c.url, c.params) : null,
  }));
  process.stdout.write(JSON.stringify(results));
});
