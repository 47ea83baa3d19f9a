using Attune.Web.Live.Events;

namespace Attune.Web.Pages.Live;

/// <summary>The model of the _LiveSession partial: a session's snapshot (null while an advisor waits for one), whether the viewer may mute, and the page mode for live.js ("mine" on /live, "one" on /live/{id}).</summary>
public sealed record LiveSessionView(LiveSnapshot? Snapshot, bool IsOwner, string Mode);
