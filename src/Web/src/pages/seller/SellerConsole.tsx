/** The seller console (my products, my orders, sales reports): being built; see issue 6. */
export default function SellerConsole() {
  return (
    <div className="page">
      <h1>Seller console</h1>
    </div>
  );
}
