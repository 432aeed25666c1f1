#!/usr/bin/env node
/*
 * Drives our Direct Line endpoint with the official botframework-directlinejs, unmodified.
 *   node tests/webchat/directline-protocol.js <baseUrl> <token> <websocket|polling>
 * Prints one JSON object (the facts the xunit test asserts) and exits 0; exits 1 with {"error"} on a failure.
 * Steps: connect; post a question and wait for its echo (clientActivityID kept) and the bot's quote; refresh
 * the token; post again and resume from the watermark with a second client; a forged token is refused.
 */
'use strict';

global.WebSocket = require('ws');
global.XMLHttpRequest = require('xhr2');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [baseUrl, token, mode = 'websocket'] = process.argv.slice(2);
if (!baseUrl || !token) {
  console.log(JSON.stringify({ error: 'usage: directline-protocol.js <baseUrl> <token> <websocket|polling>' }));
  process.exit(2);
}

const domain = baseUrl.replace(/\/$/, '') + '/v3/directline';
const webSocket = mode !== 'polling';
const QUESTION = 'quanto custa a intimação para 2 advogados?';
const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

function client(options) {
  const dl = new DirectLine({ domain, webSocket, pollingInterval: 250, timeout: 20000, ...options });
  const activities = [];
  const statuses = [];
  const waiters = [];
  dl.connectionStatus$.subscribe(s => {
    statuses.push(s);
    waiters.forEach(w => w());
  });
  dl.activity$.subscribe(a => {
    activities.push(a);
    waiters.forEach(w => w());
  }, () => {});
  const until = (what, predicate, ms = 30000) => new Promise((resolve, reject) => {
    const check = () => {
      const found = predicate();
      if (found) {
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(check), 1);
        resolve(found);
      }
    };
    const timer = setTimeout(() => {
      waiters.splice(waiters.indexOf(check), 1);
      reject(new Error(`timed out waiting for ${what}; statuses ${JSON.stringify(statuses)}; got ${JSON.stringify(activities.map(a => [a.type, a.id, a.text]))}`));
    }, ms);
    waiters.push(check);
    check();
  });
  return { dl, activities, statuses, until };
}

function post(dl, text, clientActivityID) {
  return dl.postActivity({
    type: 'message',
    text,
    from: { id: claims.user, name: 'Cliente de teste', role: 'user' },
    locale: 'pt-BR',
    channelData: { clientActivityID }
  }).toPromise();
}

async function main() {
  const result = { mode, userId: claims.user, conversationId: claims.conv };

  // 1. connect and ask: echo (with our clientActivityID and a server id) and the bot's quote come back.
  const first = client({ token });
  await first.until('Online', () => first.statuses.includes(ConnectionStatus.Online));
  // Online comes when the conversation starts, a moment before the WebSocket opens: typing is pushed only to open sockets.
  await new Promise(r => setTimeout(r, webSocket ? 1000 : 0));
  const clientActivityID = `node-${mode}-${Date.now()}`;
  const postedId = await post(first.dl, QUESTION, clientActivityID);
  const echo = await first.until('echo', () => first.activities.find(a => a.channelData && a.channelData.clientActivityID === clientActivityID && a.id));
  const quote = await first.until('quote', () => first.activities.find(a => a.from && a.from.role === 'bot' && a.type === 'message' && /R\$\s?99,80/.test(a.text || '')), 45000);
  result.postedId = postedId;
  result.echo = { id: echo.id, clientActivityID: echo.channelData.clientActivityID, timestamp: echo.timestamp, fromId: echo.from.id, text: echo.text };
  result.quote = { id: quote.id, text: quote.text, replyToId: quote.replyToId };
  result.sawTyping = first.activities.some(a => a.type === 'typing');
  result.ids = first.activities.filter(a => a.type !== 'typing').map(a => a.id);
  result.duplicates = result.ids.length - new Set(result.ids).size;

  // 2. refresh the token (the call the client makes every 15 minutes) and keep using the new one.
  const refreshed = await first.dl.refreshToken().toPromise();
  result.refresh = { ok: typeof refreshed === 'string' && refreshed.split('.').length === 3, differs: refreshed !== token };

  // 3. remember the watermark, send one more message, then resume from the watermark with a new client.
  await new Promise(r => setTimeout(r, webSocket ? 500 : 800));
  const watermark = first.dl.watermark;
  const seenBefore = new Set(result.ids);
  const laterId = `node-${mode}-later-${Date.now()}`;
  await post(first.dl, 'obrigado', laterId);
  await first.until('later echo', () => first.activities.find(a => a.channelData && a.channelData.clientActivityID === laterId && a.id));
  first.dl.end();

  const resumed = client({ token: refreshed, conversationId: claims.conv, watermark });
  await resumed.until('resumed later echo', () => resumed.activities.find(a => a.channelData && a.channelData.clientActivityID === laterId && a.id));
  await new Promise(r => setTimeout(r, 500));
  result.resume = {
    watermark,
    received: resumed.activities.filter(a => a.type !== 'typing').map(a => a.id),
    sawAnyBeforeWatermark: resumed.activities.some(a => seenBefore.has(a.id))
  };
  resumed.dl.end();

  // 4. a forged token (payload changed, signature kept) never gets online.
  const [h, p, s] = token.split('.');
  const forgedPayload = Buffer.from(JSON.stringify({ ...claims, conv: 'someone-else' })).toString('base64url');
  const forged = client({ token: `${h}.${forgedPayload}.${s}` });
  await forged.until('FailedToConnect', () => forged.statuses.includes(ConnectionStatus.FailedToConnect), 15000);
  result.forged = { statuses: forged.statuses, online: forged.statuses.includes(ConnectionStatus.Online) };
  forged.dl.end();

  return result;
}

const watchdog = setTimeout(() => {
  console.log(JSON.stringify({ error: 'watchdog: the run took over 150 s' }));
  process.exit(1);
}, 150000);

main().then(result => {
  clearTimeout(watchdog);
  console.log(JSON.stringify(result));
  process.exit(0);
}, error => {
  clearTimeout(watchdog);
  console.log(JSON.stringify({ error: String(error && error.stack || error) }));
  process.exit(1);
});
