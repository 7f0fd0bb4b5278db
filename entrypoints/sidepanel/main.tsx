import { startApp } from '@/components/app/start';

startApp('sidepanel');
