/** The admin console (all orders, dead letters): being built; see issue 6. */
export default function AdminConsole() {
  return (
    <div className="page">
      <h1>Admin console</h1>
    </div>
  );
}
