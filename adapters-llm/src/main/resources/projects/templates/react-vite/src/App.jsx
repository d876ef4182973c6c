import { useState } from 'react';

export default function App() {
  const [count, setCount] = useState(0);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '4rem auto' }}>
      <h1>{{PROJECT_NAME}}</h1>
      <p>Edit <code>src/App.jsx</code>; Vite reloads the page.</p>
      <button onClick={() => setCount(count + 1)}>Clicked {count} times</button>
    </main>
  );
}
