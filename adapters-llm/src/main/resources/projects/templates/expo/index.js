import { registerRootComponent } from 'expo';

import App from './App';

// Registers App as the root component on iOS, Android and the web alike.
registerRootComponent(App);
