import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo';
import { LocaleProvider } from './LocaleProvider';
import { AppRoutes } from './routes';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <ApolloProvider client={client}>
      <LocaleProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </LocaleProvider>
    </ApolloProvider>
  );
}
