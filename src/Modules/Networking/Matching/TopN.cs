namespace Kompetenzzentrum.Modules.Networking.Matching;

/// <summary>A candidate and its score; the index points into the list that was scored.</summary>
internal readonly record struct ScoredMatch(int Index, float Score);

/// <summary>
/// Keeps the best <c>n</c> of a stream of scored candidates in a bounded min-heap (worst on top), so that
/// ranking thousands of candidates costs O(count · log n) and no sort of the whole list. Ties go to the
/// lower index, which keeps results identical however the work is split.
/// </summary>
internal sealed class TopN(int capacity)
{
    private readonly ScoredMatch[] _heap = new ScoredMatch[capacity];
    private int _count;

    public void Clear() => _count = 0;

    /// <summary>Whether a candidate with this score could still enter; lets the caller skip work.</summary>
    public float Threshold => _heap.Length == 0 ? float.PositiveInfinity : _count < _heap.Length ? float.NegativeInfinity : _heap[0].Score;

    public void Offer(int index, float score)
    {
        var candidate = new ScoredMatch(index, score);
        if (_count < _heap.Length)
        {
            _heap[_count] = candidate;
            SiftUp(_count++);
        }
        else if (_heap.Length > 0 && Better(candidate, _heap[0]))
        {
            _heap[0] = candidate;
            SiftDown(0);
        }
    }

    /// <summary>The kept candidates, best first.</summary>
    public ScoredMatch[] ToDescending()
    {
        var result = _heap.AsSpan(0, _count).ToArray();
        Array.Sort(result, (a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : 0);
        return result;
    }

    public static bool Better(ScoredMatch a, ScoredMatch b) => a.Score > b.Score || (a.Score == b.Score && a.Index < b.Index);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(_heap[parent], _heap[i]))
            {
                return;
            }
            (_heap[parent], _heap[i]) = (_heap[i], _heap[parent]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            var right = left + 1;
            if (left < _count && Better(_heap[worst], _heap[left]))
            {
                worst = left;
            }
            if (right < _count && Better(_heap[worst], _heap[right]))
            {
                worst = right;
            }
            if (worst == i)
            {
                return;
            }
            (_heap[worst], _heap[i]) = (_heap[i], _heap[worst]);
            i = worst;
        }
    }
}
