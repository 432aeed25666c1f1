using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ContactCentre.Channels.WebChat;

namespace ContactCentre.Bot.Tests.WebChat;

public sealed class DirectLineTokenCodecTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly DirectLineTokenCodec _codec = new("the-secret");

    private string Issue(string audience = DirectLineToken.ConversationAudience, int seconds = 1800) =>
        _codec.Issue(new DirectLineToken("conv-1", "dl_user", Now.AddSeconds(seconds), audience), Now);

    [Fact]
    public void Read_OwnToken_GivesConversationAndUser()
    {
        var check = _codec.Read(Issue(), DirectLineToken.ConversationAudience, Now.AddMinutes(1));

        Assert.Equal(DirectLineTokenStatus.Valid, check.Status);
        Assert.Equal("conv-1", check.Token!.ConversationId);
        Assert.Equal("dl_user", check.Token.UserId);
    }

    [Fact]
    public void Issue_IsJwtShapedWithUserClaim_SoWebChatReadsTheUserId()
    {
        var parts = Issue().Split('.');

        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        Assert.Equal("HS256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal("dl_user", payload.RootElement.GetProperty("user").GetString());
        Assert.Equal(Now.AddSeconds(1800).ToUnixTimeSeconds(), payload.RootElement.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void Read_AfterExpiry_IsExpired()
    {
        Assert.Equal(DirectLineTokenStatus.Expired, _codec.Read(Issue(seconds: 60), DirectLineToken.ConversationAudience, Now.AddSeconds(61)).Status);
    }

    [Fact]
    public void Read_PayloadChangedSignatureKept_IsInvalid()
    {
        var parts = Issue().Split('.');
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("conv-1", "conv-2", StringComparison.Ordinal)));

        Assert.Equal(DirectLineTokenStatus.Invalid, _codec.Read($"{parts[0]}.{forged}.{parts[2]}", DirectLineToken.ConversationAudience, Now).Status);
    }

    [Fact]
    public void Read_SignedWithAnotherSecret_IsInvalid()
    {
        var other = new DirectLineTokenCodec("another-secret").Issue(new DirectLineToken("conv-1", "dl_user", Now.AddHours(1)), Now);

        Assert.Equal(DirectLineTokenStatus.Invalid, _codec.Read(other, DirectLineToken.ConversationAudience, Now).Status);
    }

    [Fact]
    public void Read_StreamTokenOnRestCalls_IsInvalid()
    {
        Assert.Equal(DirectLineTokenStatus.Invalid, _codec.Read(Issue(DirectLineToken.StreamAudience), DirectLineToken.ConversationAudience, Now).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.AAAA")]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJ1c2VyIjoieCJ9.")]
    public void Read_Garbage_IsInvalidWithoutThrowing(string value)
    {
        Assert.Equal(DirectLineTokenStatus.Invalid, _codec.Read(value, DirectLineToken.ConversationAudience, Now).Status);
    }
}
