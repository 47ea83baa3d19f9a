namespace Attune.Web.Live;

/// <summary>Sessions open now (all, chat, voice) and since start: started, ended, ended incomplete.</summary>
public sealed record LiveStatsSessions(long Open, long Chat, long Voice, long Started, long Ended, long Incomplete);
