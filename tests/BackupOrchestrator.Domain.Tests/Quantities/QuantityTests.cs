using BackupOrchestrator.Domain.Quantities;

namespace BackupOrchestrator.Domain.Tests.Quantities;

public class QuantityTests
{
    [Theory]
    [InlineData("48GB", 48_000_000_000L)]
    [InlineData("~12GB", 12_000_000_000L)]
    [InlineData("12 GB", 12_000_000_000L)]
    [InlineData("1TB", 1_000_000_000_000L)]
    [InlineData("1.5GiB", 1_610_612_736L)]
    [InlineData("500mb", 500_000_000L)]
    [InlineData("4096", 4096L)]
    public void ByteSize_TryParse_ReadsDecimalAndBinaryUnits(string text, long expected)
    {
        Assert.True(ByteSize.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("-5GB")]
    [InlineData("5XB")]
    public void ByteSize_TryParse_RejectsNonSizes(string text)
    {
        Assert.False(ByteSize.TryParse(text, out _));
    }

    [Theory]
    [InlineData(739_200_000_000L, "739.2 GB")]
    [InlineData(1_000_000_000_000L, "1.0 TB")]
    [InlineData(999L, "999 B")]
    public void ByteSize_Format_UsesDecimalUnits(long bytes, string expected)
    {
        Assert.Equal(expected, ByteSize.Format(bytes));
    }

    [Theory]
    [InlineData("30m", 30 * 60)]
    [InlineData("120", 120 * 60)]
    [InlineData("1h30m", 90 * 60)]
    [InlineData("24h", 24 * 3600)]
    [InlineData("7d", 7 * 86400)]
    [InlineData("1w", 7 * 86400)]
    [InlineData("45s", 45)]
    public void DurationText_TryParse_ReadsUnits(string text, int seconds)
    {
        Assert.True(DurationText.TryParse(text, out var d));
        Assert.Equal(TimeSpan.FromSeconds(seconds), d);
    }

    [Theory]
    [InlineData("05:01")]
    [InlineData("-5m")]
    [InlineData("5x")]
    [InlineData("m")]
    public void DurationText_TryParse_RejectsOthers(string text)
    {
        Assert.False(DurationText.TryParse(text, out _));
    }

    [Theory]
    [InlineData(24 * 3600, "24h")]
    [InlineData(48 * 3600, "2d")]
    [InlineData(90 * 60, "1h30m")]
    [InlineData(3 * 60 + 40, "3m40s")]
    [InlineData(0, "0s")]
    public void DurationText_Format_IsCompact(int seconds, string expected)
    {
        Assert.Equal(expected, DurationText.Format(TimeSpan.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData(400, "0.4s")]
    [InlineData(25, "0.025s")]
    [InlineData(999, "0.999s")]
    [InlineData(-400, "-0.4s")]
    [InlineData(1400, "1s")]
    public void DurationText_Format_UnderASecond_SaysTheFractionAndReadsBack(int milliseconds, string expected)
    {
        var text = DurationText.Format(TimeSpan.FromMilliseconds(milliseconds));

        Assert.Equal(expected, text);
        if (milliseconds is > 0 and < 1000)
        {
            Assert.True(DurationText.TryParse(text, out var back));
            Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), back);
        }
    }

    [Fact]
    public void DurationText_Format_UnderAMillisecond_IsNotEmpty()
    {
        Assert.Equal("0.001s", DurationText.Format(TimeSpan.FromTicks(3)));
    }
}
