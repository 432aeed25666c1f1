using ContactCentre.Bot.Hosting;

// Commands (scenarios run, users add…) run without the web server; anything else starts the host.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

return await WebHost.RunAsync(args);
