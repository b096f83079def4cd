namespace GitGoods.Domain.WaitingRoom;

/// <summary>The outcome of a join or check-in.</summary>
public enum LineOutcome
{
    Joined,
    AlreadyInLine,
    CheckedIn,
    UnknownSale,
    MalformedToken,
    ForbiddenToken,
}

/// <summary>
/// The waiting room of every sale: joining (an atomic arrival number, idempotent per shopper), checking in (which keeps
/// the place), and the lazy advance of the served pointer that each of them triggers — no process runs between requests.
/// </summary>
public sealed class WaitingLine(IWaitingRoomStore store, IWaitingRoomKey key, TimeProvider time)
{
    private const int Attempts = 5;
    private WaitingRoomTokens? _tokens;

    public IWaitingRoomStore Store => store;

    /// <summary>The signer and verifier of the deployment's key (read on first use).</summary>
    public async Task<WaitingRoomTokens> TokensAsync(CancellationToken cancellationToken) =>
        _tokens ??= new WaitingRoomTokens(await key.GetAsync(cancellationToken).ConfigureAwait(false));

    public async Task<(LineOutcome Outcome, LineStatus? Status)> JoinAsync(string saleId, string shopperId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = await store.FindAsync(saleId, cancellationToken).ConfigureAwait(false);
        if (found is null || !found.Sale.IsActiveAt(now))
        {
            return (LineOutcome.UnknownSale, null);
        }

        var sale = found.Sale;
        var existing = await store.FindShopperPlaceAsync(saleId, shopperId, cancellationToken).ConfigureAwait(false);
        if (existing is not null && existing.IsLive(sale, now))
        {
            if (existing.State == PlaceState.Waiting)
            {
                _ = await store.CheckInAsync(saleId, existing.Position, now, cancellationToken).ConfigureAwait(false);
            }

            return (LineOutcome.AlreadyInLine, await StatusAfterAdvanceAsync(sale, existing.Position, shopperId, now, cancellationToken).ConfigureAwait(false));
        }

        for (var attempt = 1; ; attempt++)
        {
            var position = await store.IssuePositionAsync(saleId, cancellationToken).ConfigureAwait(false);
            var place = new Place(position, shopperId, PlaceState.Waiting, now, now);
            if (await store.CreatePlaceAsync(saleId, place, sale.EndsAt.AddDays(1), cancellationToken).ConfigureAwait(false))
            {
                return (LineOutcome.Joined, await StatusAfterAdvanceAsync(sale, position, shopperId, now, cancellationToken).ConfigureAwait(false));
            }

            if (attempt == Attempts)
            {
                throw new InvalidOperationException($"Could not place a shopper in sale {saleId} after {Attempts} numbers.");
            }
        }
    }

    public async Task<(LineOutcome Outcome, LineStatus? Status)> CheckInAsync(string saleId, string shopperId, string? positionToken, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tokens = await TokensAsync(cancellationToken).ConfigureAwait(false);
        switch (tokens.Verify(positionToken, TokenKind.Position, now, out var claims))
        {
            case TokenVerdict.Malformed:
                return (LineOutcome.MalformedToken, null);
            case TokenVerdict.Forged or TokenVerdict.Expired:
                return (LineOutcome.ForbiddenToken, null);
        }

        if (!string.Equals(claims!.SaleId, saleId, StringComparison.Ordinal) || !string.Equals(claims.ShopperId, shopperId, StringComparison.Ordinal))
        {
            return (LineOutcome.ForbiddenToken, null);
        }

        var found = await store.FindAsync(saleId, cancellationToken).ConfigureAwait(false);
        if (found is null || !found.Sale.IsActiveAt(now))
        {
            return (LineOutcome.UnknownSale, null);
        }

        _ = await store.CheckInAsync(saleId, claims.Position, now, cancellationToken).ConfigureAwait(false);
        return (LineOutcome.CheckedIn, await StatusAfterAdvanceAsync(found.Sale, claims.Position, shopperId, now, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Advances the sale's pointer as far as the rules allow now. Two advancers racing both read the same version; the
    /// conditional write lets one win and the other reads again, so nobody is admitted twice and the pointer never jumps.
    /// </summary>
    public async Task<SaleLine?> AdvanceAsync(string saleId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var now = time.GetUtcNow();
            var found = await store.FindAsync(saleId, cancellationToken).ConfigureAwait(false);
            if (found is null || !AdmissionRules.CanAdvance(found.Sale, found.Line, now))
            {
                return found?.Line;
            }

            var line = found.Line;
            var to = Math.Min(line.Issued, line.Served + AdmissionRules.MaxPlacesPerAdvance);
            var places = await store.PlacesAsync(saleId, line.Served + 1, to, cancellationToken).ConfigureAwait(false);
            var advance = AdmissionRules.Apply(found.Sale, line, places, now);
            if (advance.Changes.Count == 0 || await store.ApplyAsync(saleId, line.Version, advance, cancellationToken).ConfigureAwait(false))
            {
                return advance.Line;
            }
        }

        return null;
    }

    /// <summary>Marks an admitted shopper's order placed: the capacity is free for the next in line at once.</summary>
    public Task<bool> CompleteAsync(string saleId, long position, CancellationToken cancellationToken) =>
        store.CompleteAsync(saleId, position, cancellationToken);

    private async Task<LineStatus> StatusAfterAdvanceAsync(Sale sale, long position, string shopperId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var line = await AdvanceAsync(sale.Id, cancellationToken).ConfigureAwait(false);
        var place = await store.FindPlaceAsync(sale.Id, position, cancellationToken).ConfigureAwait(false);
        var tokens = await TokensAsync(cancellationToken).ConfigureAwait(false);
        var positionToken = tokens.Issue(new TokenClaims(TokenKind.Position, sale.Id, position, shopperId, now, now + WaitingRoomTokens.PositionTokenLifetime));
        if (place is not null && place.State == PlaceState.Admitted && place.AdmissionExpiresAt is { } expiry && expiry > now)
        {
            var admission = tokens.Issue(new TokenClaims(TokenKind.Admission, sale.Id, position, shopperId, now, expiry));
            return new LineStatus(sale.Id, position, 0, LineStatus.AdmittedState, positionToken, sale.PollAfterSeconds, 0, admission, expiry);
        }

        if (place is null || place.State != PlaceState.Waiting || line is null)
        {
            return new LineStatus(sale.Id, position, 0, LineStatus.ExpiredState, positionToken, sale.PollAfterSeconds, 0, null, null);
        }

        var ahead = Math.Max(0, position - line.Served - 1);
        var wait = (int)Math.Min(int.MaxValue, Math.Ceiling((ahead + 1) * 60.0 / sale.AdmissionRatePerMinute));
        return new LineStatus(sale.Id, position, ahead, LineStatus.WaitingState, positionToken, sale.PollAfterSecondsFor(ahead), wait, null, null);
    }
}
