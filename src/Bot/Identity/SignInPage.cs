using System.Net;

namespace ContactCentre.Bot.Identity;

/// <summary>The server-rendered sign-in form (pt-BR): no script needed, works before any bundle loads.</summary>
internal static class SignInPage
{
    public static string Render(string returnUrl, string antiforgeryToken, string? message, string? email)
    {
        Func<string?, string?> e = WebUtility.HtmlEncode;
        var alert = message is null ? "" : $"""<p class="alert" role="alert">{e(message)}</p>""";
        return $$"""
<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Entrar · Central de Atendimento</title>
<style>
  :root { color-scheme: light; --brand: #0b5cad; --ink: #1d2733; --muted: #5b6775; --line: #d5dbe3; }
  * { box-sizing: border-box; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f2f5f9;
         font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
  main { width: min(100% - 2rem, 24rem); background: #fff; border: 1px solid var(--line); border-radius: 12px;
         padding: 2rem; box-shadow: 0 8px 24px rgb(16 24 40 / 8%); }
  h1 { margin: 0 0 .25rem; font-size: 1.35rem; }
  p.lead { margin: 0 0 1.5rem; color: var(--muted); }
  label { display: block; font-weight: 600; margin: 1rem 0 .35rem; }
  input { width: 100%; padding: .65rem .75rem; border: 1px solid var(--line); border-radius: 8px; font: inherit; }
  input:focus { outline: 2px solid var(--brand); outline-offset: 1px; border-color: var(--brand); }
  button { margin-top: 1.5rem; width: 100%; padding: .7rem; border: 0; border-radius: 8px; background: var(--brand);
           color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
  button:hover { background: #094a8b; }
  .alert { margin: 0 0 1rem; padding: .65rem .75rem; border-radius: 8px; background: #fdecec; color: #8a1c1c; border: 1px solid #f5c2c2; }
</style>
</head>
<body>
<main>
  <h1>Central de Atendimento</h1>
  <p class="lead">Entre com seu e-mail e senha.</p>
  {{alert}}
  <form method="post" action="/signin">
    <input type="hidden" name="{{AntiforgeryEnforcement.FormFieldName}}" value="{{e(antiforgeryToken)}}">
    <input type="hidden" name="returnUrl" value="{{e(returnUrl)}}">
    <label for="email">E-mail</label>
    <input id="email" name="email" type="email" autocomplete="username" required autofocus value="{{e(email ?? "")}}">
    <label for="password">Senha</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit">Entrar</button>
  </form>
</main>
</body>
</html>
""";
    }

    public static string? MessageFor(string? error) => error switch
    {
        null or "" => null,
        "locked" => "Muitas tentativas sem sucesso. Aguarde alguns minutos e tente de novo.",
        "form" => "A página expirou. Tente entrar de novo.",
        _ => "E-mail ou senha incorretos.",
    };
}
