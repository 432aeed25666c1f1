// The live connection to /hubs/console (the official @microsoft/signalr browser client, global `signalR`).
// It never gives up: automatic reconnects back off to 30 s, and a connection that closed anyway is restarted.
// After every (re)connection `onConnected` runs, so the page resyncs whatever it missed while away.

import { signInUrl } from './api.js';

const retryDelays = [0, 1000, 2000, 5000, 10000, 20000];

export function createHub({ onState, onConnected }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/console')
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => retryDelays[ctx.previousRetryCount] ?? 30000 })
    .configureLogging(signalR.LogLevel.Warning)
    .build();

  let stopped = false;
  const state = (value, text) => onState && onState(value, text);

  connection.onreconnecting(() => state('reconnecting', 'Reconectando…'));
  connection.onreconnected(async () => {
    state('connected', 'Ao vivo');
    await onConnected(true);
  });
  connection.onclose(() => {
    if (!stopped) {
      state('disconnected', 'Sem conexão; tentando de novo…');
      setTimeout(() => start(true), 5000);
    }
  });

  async function start(again) {
    try {
      await connection.start();
      state('connected', 'Ao vivo');
      await onConnected(again);
    } catch (error) {
      // A negotiate answered 401: the session ended (signed out elsewhere, cookie expired).
      if (String(error && error.message).includes('401') || (error && error.statusCode === 401)) {
        location.assign(signInUrl());
        return;
      }
      state('disconnected', 'Sem conexão; tentando de novo…');
      if (!stopped) setTimeout(() => start(true), 5000);
    }
  }

  return {
    connection,
    start: () => start(false),
    stop: async () => { stopped = true; await connection.stop(); },
  };
}
