import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorText } from '../../api/http';
import { Composio, Connectors } from './connectorsApi';

/**
 * Where a provider sends the user back (the registered redirect URI): posts the code and state to
 * the server once, then says how it went.
 */
export default function ConnectorCallbackPage() {
  const { provider = '' } = useParams();
  const [params] = useSearchParams();
  const [message, setMessage] = useState('Connecting…');
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return; // React's strict mode runs effects twice; the state is single use
    sent.current = true;
    if (provider === 'composio') {
      // Composio's page sends the user back with the connected account's id and a status
      const account = params.get('connected_account_id') ?? params.get('connectedAccountId');
      if (!account || (params.get('status') ?? 'success') !== 'success') {
        setMessage('Composio did not connect the account.');
        return;
      }
      Composio.complete(account)
        .then((profile) => setMessage(`Connected ${profile.toolkit_name ?? profile.toolkit_slug} (${profile.profile_name}).`))
        .catch((e) => setMessage(errorText(e)));
      return;
    }
    const code = params.get('code');
    const state = params.get('state');
    if (!code || !state) {
      setMessage(params.get('error_description') ?? params.get('error') ?? 'The provider sent no authorisation code.');
      return;
    }
    Connectors.callback(provider, code, state)
      .then((status) => setMessage(status.account ? `Connected as ${status.account}.` : 'Connected.'))
      .catch((e) => setMessage(errorText(e)));
  }, [params, provider]);
  return (
    <section className="page">
      <h1>Connectors</h1>
      <p data-testid="connector-callback-result">{message}</p>
      <Link to="/settings" data-testid="connector-callback-back">Back to settings</Link>
    </section>
  );
}
