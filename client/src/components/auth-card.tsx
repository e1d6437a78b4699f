import type { ReactNode } from 'react';

/** The centred card every sign-in screen sits in. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-card">
      <h1>{title}</h1>
      {children}
    </main>
  );
}

export function ErrorText({ children }: { children: ReactNode }) {
  return children ? (
    <p role="alert" className="error">
      {children}
    </p>
  ) : null;
}
