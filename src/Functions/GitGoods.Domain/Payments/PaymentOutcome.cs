namespace GitGoods.Domain.Payments;

/// <summary>The provider's definite answer to an authorisation; anything indefinite is a <see cref="PaymentUnavailableException"/>.</summary>
public enum PaymentOutcome
{
    Approved,
    Declined,
}
