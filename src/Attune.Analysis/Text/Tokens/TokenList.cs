using System.Collections;

namespace Attune.Analysis.Text.Tokens;

/// <summary>
/// The tokens of a text, read-only. A sealed class over the array rather than a bare
/// <see cref="IReadOnlyList{T}"/>: every detector walks the tokens of every turn, and through the
/// interface each <c>list[i]</c> and each step of <c>foreach</c> was an interface call (and each
/// <c>foreach</c> a boxed enumerator); here the indexer inlines to an array read and
/// <c>foreach</c> uses a struct enumerator. Callers that take an <see cref="IReadOnlyList{T}"/> still can.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly Token[] _items;

    internal TokenList(Token[] items)
    {
        _items = items;
    }

    public int Count => _items.Length;

    public Token this[int index] => _items[index];

    /// <summary>The tokens as a span, for loops that read many tokens.</summary>
    public ReadOnlySpan<Token> AsSpan() => _items;

    /// <summary>The token at <paramref name="index"/> by reference, without copying it.</summary>
    internal ref readonly Token At(int index) => ref _items[index];

    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => ((IEnumerable<Token>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Allocation-free enumerator for <c>foreach</c>.</summary>
    public struct Enumerator
    {
        private readonly Token[] _items;
        private int _index;

        internal Enumerator(Token[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly Token Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}
