/** The card processor's test payment methods the API accepts (api.md, docs/payments.md). */
export const testCards = [
  { token: 'pm_card_visa', label: 'Visa ending 4242 (test, approved)' },
  { token: 'pm_card_mastercard', label: 'Mastercard ending 4444 (test, approved)' },
  { token: 'pm_card_chargeDeclined', label: 'Card that is declined (test)' },
  { token: 'pm_card_visa_chargeDeclinedInsufficientFunds', label: 'Visa with insufficient funds (test)' },
] as const;
