using Facilitation.Web.Sessions;

namespace Facilitation.Web.Tests.Sessions;

public sealed class PinHasherTests
{
    [Fact]
    public void The_right_PIN_verifies()
    {
        var stored = PinHasher.Hash("0427");

        Assert.True(PinHasher.Verify("0427", stored));
    }

    [Fact]
    public void A_wrong_PIN_is_refused()
    {
        var stored = PinHasher.Hash("0427");

        Assert.False(PinHasher.Verify("0428", stored));
        Assert.False(PinHasher.Verify("7240", stored));
        Assert.False(PinHasher.Verify("", stored));
        Assert.False(PinHasher.Verify(null, stored));
    }

    [Fact]
    public void Two_hashes_of_one_PIN_differ_by_their_salt_and_both_verify()
    {
        var first = PinHasher.Hash("1234");
        var second = PinHasher.Hash("1234");

        Assert.NotEqual(first, second);
        Assert.NotEqual(first.Split('$')[2], second.Split('$')[2]);
        Assert.True(PinHasher.Verify("1234", first));
        Assert.True(PinHasher.Verify("1234", second));
    }

    [Fact]
    public void A_hash_is_pbkdf2_sha256_with_100000_iterations_a_16_byte_salt_and_a_32_byte_hash()
    {
        var parts = PinHasher.Hash("1234").Split('$');

        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("100000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
    }

    [Fact]
    public void A_hash_never_contains_the_PIN_in_clear()
    {
        Assert.DoesNotContain("$9876$", PinHasher.Hash("9876"));
    }

    [Theory]
    [InlineData("0000", true)]
    [InlineData("4821", true)]
    [InlineData("123", false)]
    [InlineData("12345", false)]
    [InlineData("12a4", false)]
    [InlineData(" 123", false)]
    [InlineData("١٢٣٤", false)] // Arabic-Indic digits are digits, but not ASCII ones
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_PIN_is_exactly_four_ASCII_digits(string? pin, bool valid)
    {
        Assert.Equal(valid, PinHasher.IsValidPin(pin));
    }

    [Fact]
    public void Hashing_something_that_is_not_a_PIN_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => PinHasher.Hash("12345"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("pbkdf2-sha256$100000$c2FsdA==")]
    [InlineData("pbkdf2-sha1$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$100000$not base64!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    public void A_malformed_stored_value_refuses_every_PIN_without_throwing(string? stored)
    {
        Assert.False(PinHasher.IsWellFormedHash(stored));
        Assert.False(PinHasher.Verify("1234", stored));
    }
}
