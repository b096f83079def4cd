namespace GitGoods.Domain.WaitingRoom;

/// <summary>A place the advance changes: admitted, skipped as abandoned, or voided (never written).</summary>
/// <param name="SeenAt">The last check-in the decision was made on: the write is conditional on it, so a check-in that lands meanwhile wins.</param>
public sealed record PlaceChange(long Position, PlaceState State, DateTimeOffset? SeenAt, DateTimeOffset? AdmissionExpiresAt);

/// <summary>The line after an advance and the places it changed, written together with a conditional write on the version.</summary>
public sealed record Advance(SaleLine Line, IReadOnlyList<PlaceChange> Changes);

/// <summary>
/// How the served pointer moves (docs/waiting-room.md): lazily, when someone joins or checks in, strictly in arrival
/// order, by at most what the rate has earned since the last advance, and never beyond the capacity of shoppers in
/// checkout. A place whose shopper stopped checking in is skipped (abandoned) and uses neither capacity nor rate.
/// </summary>
public static class AdmissionRules
{
    /// <summary>How many places one advance looks at (one query, one transaction of at most this many places and the line).</summary>
    public const int MaxPlacesPerAdvance = 25;

    /// <summary>The most admissions the allowance can hold: one second of the rate, at least one (so the shop is never slow when quiet).</summary>
    public static double Burst(Sale sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        return Math.Max(1, sale.AdmissionRatePerMinute / 60.0);
    }

    /// <summary>The allowance earned by <paramref name="now"/>: the rate × elapsed time, capped at <see cref="Burst"/>.</summary>
    public static double AllowanceAt(Sale sale, SaleLine line, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(line);
        var elapsed = Math.Max(0, (now - line.AllowanceAt).TotalSeconds);
        return Math.Min(Burst(sale), line.Allowance + (elapsed * sale.AdmissionRatePerMinute / 60.0));
    }

    /// <summary>True when an advance could admit someone now: places are waiting, the rate allows one and checkout has room.</summary>
    public static bool CanAdvance(Sale sale, SaleLine line, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Served < line.Issued && AllowanceAt(sale, line, now) >= 1 && line.InCheckout(now) < sale.Capacity;
    }

    /// <summary>
    /// Moves the pointer over <paramref name="next"/> — the places after <see cref="SaleLine.Served"/>, in order, null for
    /// a number the counter issued whose place does not exist — and stops at the first live waiting shopper who cannot be
    /// admitted yet, so nobody overtakes someone earlier who is still waiting.
    /// </summary>
    public static Advance Apply(Sale sale, SaleLine line, IReadOnlyList<Place?> next, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(next);
        var checkout = line.Checkout.Where(c => c.Value > now).ToDictionary(c => c.Key, c => c.Value);
        var expired = line.Checkout.Count - checkout.Count;
        var allowance = AllowanceAt(sale, line, now);
        var changes = new List<PlaceChange>();
        var (served, admitted, abandoned) = (line.Served, 0, 0);
        foreach (var place in next)
        {
            var position = served + 1;
            if (position > line.Issued)
            {
                break;
            }

            if (place is null)
            {
                changes.Add(new PlaceChange(position, PlaceState.Void, null, null));
            }
            else if (place.Position != position)
            {
                throw new ArgumentException($"Place {place.Position} given where {position} was expected.", nameof(next));
            }
            else if (place.State == PlaceState.Waiting && !place.IsLive(sale, now))
            {
                changes.Add(new PlaceChange(position, PlaceState.Abandoned, place.LastSeenAt, null));
                abandoned++;
            }
            else if (place.State == PlaceState.Waiting)
            {
                if (allowance < 1 || checkout.Count >= sale.Capacity)
                {
                    break;
                }

                var expiry = now + sale.AdmissionTtl;
                changes.Add(new PlaceChange(position, PlaceState.Admitted, place.LastSeenAt, expiry));
                checkout[position] = expiry;
                allowance -= 1;
                admitted++;
            }

            served = position;
        }

        var advanced = line with
        {
            Served = served,
            Allowance = allowance,
            AllowanceAt = now,
            Checkout = checkout,
            Admitted = line.Admitted + admitted,
            Abandoned = line.Abandoned + abandoned,
            Expired = line.Expired + expired,
            Version = line.Version + 1,
        };
        return new Advance(advanced, changes);
    }
}
