using System.Text;
using Attune.Analysis.Text.Tokens;

namespace Attune.Analysis.Text.Detectors.Emotion;

/// <summary>
/// A multinomial logistic-regression (softmax) model over <see cref="EmotionFeatures"/>: per
/// class a bias and one weight per known feature hash. Trained by
/// <see cref="EmotionModelTrainer"/> on GoEmotions (Demszky et al. 2020, Apache-2.0) with the
/// command <c>attune train-emotion</c>; the file ships embedded (<c>emotion_model.bin</c>).
/// <para>File format (little-endian): "ATEM", version 1, class count K, K class names
/// (length-prefixed UTF-8), K biases (float), feature count N, then N × (feature hash ulong,
/// K weights as half floats, which keeps the file small with no measurable loss).</para>
/// </summary>
public sealed class EmotionModel
{
    private const int Version = 1;
    private static readonly byte[] Magic = "ATEM"u8.ToArray();
    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly float[] _bias;

    internal EmotionModel(string[] classes, Dictionary<ulong, int> index, float[] weights, float[] bias)
    {
        Classes = classes;
        _table = new FeatureTable(index);
        _weights = weights;
        _bias = bias;
    }

    public IReadOnlyList<string> Classes { get; }

    public int FeatureCount => _table.Count;

    internal float[] Bias => _bias;

    /// <summary>Adds <paramref name="shift"/> to the class biases (from <see cref="EmotionModelTrainer.TuneBiases"/>).</summary>
    public void ShiftBiases(ReadOnlySpan<float> shift)
    {
        if (shift.Length != _bias.Length)
        {
            throw new ArgumentException($"Expected {_bias.Length} bias shifts, got {shift.Length}.", nameof(shift));
        }

        for (var c = 0; c < _bias.Length; c++)
        {
            _bias[c] += shift[c];
        }
    }

    /// <summary>Index of a class by name, or -1.</summary>
    public int ClassIndex(string name)
    {
        for (var k = 0; k < Classes.Count; k++)
        {
            if (Classes[k] == name)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Row of a feature hash in the weight table, or -1 when the model does not know it.</summary>
    internal int Row(ulong hash) => _table.Row(hash);

    internal float Weight(int row, int k) => _weights[(row * Classes.Count) + k];

    /// <summary>Adds the model's class scores (logits) for a text into <paramref name="logits"/> (length = class count).</summary>
    public void AddLogits(TokenizedText text, Span<float> logits)
    {
        ArgumentNullException.ThrowIfNull(text);
        var max = EmotionFeatures.MaxCount(text);
        Span<ulong> hashes = max <= 512 ? stackalloc ulong[max] : new ulong[max];
        Span<int> tokenOf = max <= 512 ? stackalloc int[max] : new int[max];
        var n = EmotionFeatures.Extract(text, hashes, tokenOf);
        AddLogits(hashes[..n], logits);
    }

    internal void AddLogits(ReadOnlySpan<ulong> hashes, Span<float> logits) => AddLogits(hashes, logits, default);

    /// <summary>As <see cref="AddLogits(ReadOnlySpan{ulong}, Span{float})"/>; also writes each feature's row (-1 when unknown) into <paramref name="rows"/> when it is not empty.</summary>
    internal void AddLogits(ReadOnlySpan<ulong> hashes, Span<float> logits, Span<int> rows)
    {
        var k = Classes.Count;
        for (var c = 0; c < k; c++)
        {
            logits[c] += _bias[c];
        }

        for (var i = 0; i < hashes.Length; i++)
        {
            var row = _table.Row(hashes[i]);
            if (!rows.IsEmpty)
            {
                rows[i] = row;
            }

            if (row >= 0)
            {
                var w = _weights.AsSpan(row * k, k);
                for (var c = 0; c < k; c++)
                {
                    logits[c] += w[c];
                }
            }
        }
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Classes.Count);
        foreach (var c in Classes)
        {
            w.Write(c);
        }

        foreach (var b in _bias)
        {
            w.Write(b);
        }

        w.Write(_table.Count);
        var k = Classes.Count;
        // rows in hash order so the file is deterministic
        foreach (var (hash, row) in _table.Entries().OrderBy(p => p.Hash))
        {
            w.Write(hash);
            for (var c = 0; c < k; c++)
            {
                w.Write((Half)_weights[(row * k) + c]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a wrong or truncated file is an <see cref="InvalidDataException"/>.</summary>
    public static EmotionModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!r.ReadBytes(4).AsSpan().SequenceEqual(Magic))
            {
                throw new InvalidDataException("Not an Attune emotion model (expected the 'ATEM' header).");
            }

            var version = r.ReadInt32();
            if (version != Version)
            {
                throw new InvalidDataException($"Emotion model version {version} is not supported (expected {Version}).");
            }

            var k = r.ReadInt32();
            if (k is < 2 or > 64)
            {
                throw new InvalidDataException($"Emotion model has {k} classes (expected 2 to 64).");
            }

            var classes = new string[k];
            for (var c = 0; c < k; c++)
            {
                classes[c] = r.ReadString();
            }

            var bias = new float[k];
            for (var c = 0; c < k; c++)
            {
                bias[c] = r.ReadSingle();
            }

            var n = r.ReadInt32();
            if (n is < 0 or > 10_000_000)
            {
                throw new InvalidDataException($"Emotion model claims {n} features.");
            }

            var index = new Dictionary<ulong, int>(n);
            var weights = new float[n * k];
            for (var i = 0; i < n; i++)
            {
                index[r.ReadUInt64()] = i;
                for (var c = 0; c < k; c++)
                {
                    weights[(i * k) + c] = (float)r.ReadHalf();
                }
            }

            return new EmotionModel(classes, index, weights, bias);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The emotion model file is truncated.", ex);
        }
    }

    /// <summary>
    /// Feature hash → weight row, open addressing with linear probing at a load of at most a half (the
    /// model's ~22,000 features in 32,768 slots of 16 bytes: 0.5 MB, less than the dictionary it replaces).
    /// The hashes are already well mixed (FNV-1a, then a multiplicative spread), so a slot is the
    /// top bits of one multiplication and key and row share a cache line: one memory access per
    /// look-up for most features, where <see cref="Dictionary{TKey, TValue}"/> reads a bucket array
    /// and then an entry (a customer turn looks up about 25 features, twice when the words are shown).
    /// </summary>
    private sealed class FeatureTable
    {
        private readonly Slot[] _slots;
        private readonly int _shift;

        public FeatureTable(Dictionary<ulong, int> index)
        {
            var capacity = 16;
            while (capacity < index.Count * 2)
            {
                capacity *= 2;
            }

            Count = index.Count;

            _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
            _slots = new Slot[capacity];
            foreach (var (hash, row) in index)
            {
                var i = SlotOf(hash);
                while (_slots[i].Row != 0)
                {
                    i = (i + 1) & (capacity - 1);
                }

                _slots[i] = new Slot(hash, row + 1);
            }
        }

        public int Count { get; }

        public IEnumerable<(ulong Hash, int Row)> Entries()
        {
            foreach (var slot in _slots)
            {
                if (slot.Row != 0)
                {
                    yield return (slot.Hash, slot.Row - 1);
                }
            }
        }

        public int Row(ulong hash)
        {
            var slots = _slots;
            var i = SlotOf(hash);
            while (true)
            {
                var slot = slots[i];
                if (slot.Row == 0)
                {
                    return -1;
                }

                if (slot.Hash == hash)
                {
                    return slot.Row - 1;
                }

                i = (i + 1) & (slots.Length - 1);
            }
        }

        private int SlotOf(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);

        /// <summary>Row is stored plus one, so a zeroed slot is empty.</summary>
        private readonly record struct Slot(ulong Hash, int Row);
    }
}
