import { useEffect, useState } from 'react';
import { api, ApiError, errorText } from '../api/http';
import { formatCreditsExact, formatDate } from '../components/format';
import { useToasts } from '../components/Toasts';

interface Balance { credits: number; bonus_credits: number; total_credits: number }
interface Transaction { id: string; transaction_type: string; credit_type: string; amount: number; balance_after: number;
  session_id: string | null; model_id: string | null; tool_name: string | null; description: string | null; created_at: string }
interface Usage { session_id: string; session_title: string | null; credits: number; calls: number; input_tokens: number;
  output_tokens: number; updated_at: string }
interface Subscription { plan: string; status: string | null; billing_cycle: string | null; current_period_end: string | null;
  has_billing_account: boolean; monthly_credits: number; billing_configured?: boolean }

/** Balance, history, usage per session; Stripe checkout, top-up and portal when billing is configured. */
export default function CreditsPage() {
  const [balance, setBalance] = useState<Balance | null>(null);
  const [history, setHistory] = useState<Transaction[]>([]);
  const [usage, setUsage] = useState<Usage[]>([]);
  const [subscription, setSubscription] = useState<Subscription | null>(null);
  const [topUp, setTopUp] = useState(500);
  const toasts = useToasts();

  useEffect(() => {
    api<Balance>('/v1/credits/balance').then(setBalance).catch((e) => toasts.show('error', errorText(e)));
    api<{ transactions: Transaction[] }>('/v1/credits/history?per_page=50').then((h) => setHistory(h.transactions)).catch(() => undefined);
    api<{ sessions: Usage[] }>('/v1/credits/usage?per_page=50').then((u) => setUsage(u.sessions)).catch(() => undefined);
    api<Subscription>('/billing/subscription').then(setSubscription).catch(() => setSubscription(null));
  }, [toasts]);

  const go = async (path: string, body: unknown) => {
    try {
      const answer = await api<{ url: string }>(path, { body });
      window.location.assign(answer.url);
    } catch (e) {
      toasts.show('error', e instanceof ApiError && e.code === 'billing_not_configured' ? 'Payments are not set up on this server.' : errorText(e));
    }
  };
  const returnUrl = `${location.origin}/credits`;
  const billing = subscription?.billing_configured === true;

  return (
    <section className="page credits-page">
      <h1>Credits</h1>
      <div className="cards">
        <div className="card stat">
          <div className="muted">Balance</div>
          <div className="big"><span data-testid="credits-balance">{balance ? formatCreditsExact(balance.total_credits) : '…'}</span> credits</div>
          {balance && balance.bonus_credits > 0 && <div className="muted">incl. {formatCreditsExact(balance.bonus_credits)} bonus</div>}
        </div>
        <div className="card stat">
          <div className="muted">Plan</div>
          <div className="big">{subscription?.plan ?? 'free'}</div>
          {subscription?.current_period_end && <div className="muted">renews {formatDate(subscription.current_period_end)}</div>}
        </div>
        {billing && (
          <div className="card stack" data-testid="billing-actions">
            {(subscription?.plan ?? 'free') === 'free' && (
              <div className="row">
                <button type="button" className="primary" data-testid="billing-checkout-plus"
                  onClick={() => go('/billing/checkout-session', { planId: 'plus', billingCycle: 'monthly', returnUrl })}>Upgrade to Plus</button>
                <button type="button" data-testid="billing-checkout-pro"
                  onClick={() => go('/billing/checkout-session', { planId: 'pro', billingCycle: 'monthly', returnUrl })}>Upgrade to Pro</button>
              </div>
            )}
            <div className="row">
              <label>Credits <input type="number" min={100} step={100} value={topUp} onChange={(e) => setTopUp(Number(e.target.value))} /></label>
              <button type="button" data-testid="billing-topup" onClick={() => go('/billing/topup-session', { credits: topUp })}>Top up</button>
            </div>
            {subscription?.has_billing_account && (
              <button type="button" data-testid="billing-portal" onClick={() => go('/billing/portal-session', { returnUrl })}>Manage billing</button>
            )}
          </div>
        )}
      </div>

      <h2>Usage by session</h2>
      <table className="table">
        <thead><tr><th scope="col">Session</th><th scope="col">Credits</th><th scope="col">Calls</th><th scope="col">Tokens in / out</th><th scope="col">Last use</th></tr></thead>
        <tbody>
          {usage.map((u) => (
            <tr key={u.session_id} data-testid="credits-usage-row" data-session-id={u.session_id}>
              <td><a href={`/s/${u.session_id}`}>{u.session_title || 'Untitled session'}</a></td>
              <td data-testid="credits-usage-credits">{formatCreditsExact(u.credits)}</td>
              <td>{u.calls}</td>
              <td>{u.input_tokens} / {u.output_tokens}</td>
              <td>{formatDate(u.updated_at)}</td>
            </tr>
          ))}
          {usage.length === 0 && <tr><td colSpan={5} className="muted">No usage yet.</td></tr>}
        </tbody>
      </table>

      <h2>History</h2>
      <table className="table">
        <thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Amount</th><th scope="col">Balance after</th><th scope="col">Detail</th></tr></thead>
        <tbody>
          {history.map((t) => (
            <tr key={t.id} data-testid="credits-history-row" data-type={t.transaction_type}>
              <td>{formatDate(t.created_at)}</td>
              <td>{t.transaction_type.replace(/_/g, ' ')}</td>
              <td className={t.amount < 0 ? 'neg' : 'pos'}>{formatCreditsExact(t.amount)}</td>
              <td>{formatCreditsExact(t.balance_after)}</td>
              <td className="muted">{t.description ?? t.model_id ?? t.tool_name ?? ''}</td>
            </tr>
          ))}
          {history.length === 0 && <tr><td colSpan={5} className="muted">No transactions yet.</td></tr>}
        </tbody>
      </table>
    </section>
  );
}
