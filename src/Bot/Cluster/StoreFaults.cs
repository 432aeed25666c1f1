using System.Data.Common;
using System.Net.Sockets;

namespace ContactCentre.Bot.Cluster;

/// <summary>Tells "the database is away" (connection refused or dropped, timeout, server shutting down) from a real error.</summary>
public static class StoreFaults
{
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DbException db when db.IsTransient:
                case SocketException:
                case TimeoutException:
                case IOException:
                    return true;
            }
        }

        return false;
    }
}
