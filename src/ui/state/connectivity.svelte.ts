// Network status as rune state; the app works either way, the footer just says which.
class Connectivity {
  online = $state(navigator.onLine);

  constructor() {
    window.addEventListener('online', () => (this.online = true));
    window.addEventListener('offline', () => (this.online = false));
  }
}

export const connectivity = new Connectivity();
