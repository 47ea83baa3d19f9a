namespace Attune.Analysis.Tests.Conversations.Importers;

/// <summary>Small valid transcripts of each format, exercising most features (shared by detection and fuzz tests).</summary>
internal static class Samples
{
    public const string AttuneJson = """
        {
          "$schema": "https://attune.example/schema/attune-conversation.schema.json",
          "id": "INC-1042",
          "channel": "voice",
          "advisor": { "id": "A17", "name": "Sarah Jones" },
          "customer": { "id": "C9001", "name": "Tom Baker" },
          "team": "Billing",
          "queue": "billing-uk",
          "startedAt": "2024-05-01T09:30:00+01:00",
          "turns": [
            { "party": "advisor", "speaker": "Sarah", "text": "Thanks for calling, this is Sarah.", "start": 0, "end": 2.4 },
            { "party": "customer", "text": "I've been charged twice.", "start": 2.9, "end": 4.6,
              "words": [ { "text": "I've", "start": 2.9, "end": 3.1 }, { "text": "been", "start": 3.1, "end": 3.3 } ] },
            { "party": "bot", "speaker": null, "text": "Transferring…" },
            { "party": "system", "text": "Call recorded." }
          ]
        }
        """;

    public const string Text = """
        # id: INC-1042
        # advisor: Sarah Jones
        # customer: Tom Baker
        # team: Billing
        # Exported from the chat console
        [00:00] Sarah: Thanks for calling, this is Sarah.
        [00:03] Customer: Hi. I've been charged twice
        and nobody has called me back.

        Note: this is the second time.
        Agent [00:09]: I'm sorry, that's our mistake.
        Caller: [01:02:03.5] [laughs] Fine, ça va.
        """;

    public const string Vtt = """
        WEBVTT - call 1042

        NOTE exported by the recorder
        spanning two lines

        1
        00:00:00.000 --> 00:00:02.400 align:start position:10%
        <v Sarah Jones>Thanks for calling, this is Sarah.

        2
        00:00:02.900 --> 00:00:04.600
        <v.loud Tom Baker>I've been charged <i>twice</i>

        3
        00:04.600 --> 00:06.100
        and nobody has called me back &amp; I&#39;m cross.

        00:00:06.500 --> 00:00:08.000
        <v Sarah Jones>I'm so sorry — really.</v>
        """;

    public const string Transcribe = """
        {
          "JobName": "call-2024-05-01-0930",
          "Channel": "VOICE",
          "CustomerMetadata": { "ContactId": "c0ffee00-1234", "InstanceId": "i-1" },
          "Participants": [
            { "ParticipantId": "A1", "ParticipantRole": "AGENT" },
            { "ParticipantId": "C1", "ParticipantRole": "CUSTOMER" }
          ],
          "Transcript": [
            { "ParticipantId": "A1", "Content": "Thanks for calling.", "BeginOffsetMillis": 0, "EndOffsetMillis": 1200, "Sentiment": "NEUTRAL" },
            { "ParticipantId": "A1", "Content": "This is Sarah, 50 € refund.", "BeginOffsetMillis": 1300, "EndOffsetMillis": 2400, "Sentiment": "NEUTRAL" },
            { "ParticipantRole": "CUSTOMER", "Content": "I've been charged twice.", "BeginOffsetMillis": 2900, "EndOffsetMillis": 4600, "Sentiment": "NEGATIVE",
              "Items": [
                { "Content": "I've", "BeginOffsetMillis": 2900, "EndOffsetMillis": 3100, "Type": "pronunciation", "Confidence": 0.99 },
                { "Content": "been", "BeginOffsetMillis": 3100, "EndOffsetMillis": 3300, "Type": "pronunciation" },
                { "Content": ".", "Type": "punctuation" }
              ] }
          ]
        }
        """;

    public static readonly (string Format, string Text)[] All =
    [
        ("json", AttuneJson),
        ("text", Text),
        ("vtt", Vtt),
        ("transcribe", Transcribe),
    ];
}
