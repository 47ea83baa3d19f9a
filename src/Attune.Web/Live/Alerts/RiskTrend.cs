namespace Attune.Web.Live.Alerts;

/// <summary>Where the customer's negative emotion is heading over the last minute.</summary>
public enum RiskTrend
{
    Steady,
    Rising,
    Falling,
}
