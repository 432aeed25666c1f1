// Same-origin JSON calls for the console (and the side panel, which gets this object as `context.api`).
// State-changing calls carry the antiforgery token; a 401 sends the agent to the sign-in page.

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.title = this.problem.title || '';
    this.detail = this.problem.detail || '';
  }
}

export function signInUrl() {
  return '/signin?returnUrl=' + encodeURIComponent(location.pathname + location.search);
}

export function createApi() {
  let token = null;

  async function antiforgery(refresh) {
    if (!token || refresh) {
      const response = await fetch('/api/auth/antiforgery', { credentials: 'same-origin', cache: 'no-store' });
      if (response.status === 401) {
        location.assign(signInUrl());
        throw new ApiError(401, { title: 'Sessão encerrada' });
      }
      token = (await response.json()).token;
    }
    return token;
  }

  async function send(method, path, body, retried) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (unsafeMethods.has(method)) headers['X-CSRF-TOKEN'] = await antiforgery(false);
    const response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401) {
      location.assign(signInUrl());
      throw new ApiError(401, { title: 'Sessão encerrada' });
    }
    const text = await response.text();
    let json = null;
    if (text) {
      try { json = JSON.parse(text); } catch { json = { detail: text }; }
    }
    if (!response.ok) {
      // An expired or rotated antiforgery token: fetch a fresh one and try once more.
      const antiforgeryProblem = response.status === 400 && json && /antiforgery/i.test(`${json.title} ${json.detail} ${json.type}`);
      if (antiforgeryProblem && !retried && unsafeMethods.has(method)) {
        await antiforgery(true);
        return send(method, path, body, true);
      }
      throw new ApiError(response.status, json);
    }
    return json;
  }

  return {
    get: path => send('GET', path),
    post: (path, body) => send('POST', path, body === undefined ? {} : body),
    put: (path, body) => send('PUT', path, body === undefined ? {} : body),
    del: path => send('DELETE', path),
    antiforgery: () => antiforgery(false),
    message,
  };
}

/** A pt-BR sentence for an API error, for the agent. */
export function message(error) {
  if (!(error instanceof ApiError)) {
    return 'Não foi possível falar com o servidor. Verifique a conexão e tente de novo.';
  }
  switch (error.status) {
    case 400: return `Pedido recusado: ${error.detail || error.title || 'dados inválidos'}.`;
    case 403: return 'Você não tem permissão para esta conversa ou ação.';
    case 404: return 'Conversa não encontrada (pode ter sido encerrada).';
    case 409: return 'Outro atendente já assumiu esta conversa, ou ela mudou enquanto você agia. A fila foi atualizada.';
    case 429: return 'Muitas tentativas seguidas. Aguarde um instante e tente de novo.';
    default: return `O servidor não conseguiu concluir a ação (erro ${error.status}).`;
  }
}
