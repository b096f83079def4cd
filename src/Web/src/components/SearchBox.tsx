import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** The header's search: submitting shows the home grid for those words, keeping the other filters. */
export function SearchBox() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const current = location.pathname === '/' ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);

  useEffect(() => setText(current), [current]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = location.pathname === '/' ? new URLSearchParams(params) : new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    else next.delete('q');
    navigate({ pathname: '/', search: next.toString() });
  }

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        Search games
      </label>
      <input
        id="site-search"
        type="search"
        placeholder="Search games"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}
