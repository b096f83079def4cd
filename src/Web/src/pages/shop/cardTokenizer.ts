/** Turns the card in the processor's card field into a payment token (`pm_…`), or says what is wrong with it. */
export type CardTokenizer = () => Promise<{ token: string } | { error: string }>;
