// First of all (before react-dom is evaluated): start the first view's request.
import './app/boot'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './styles/app.css'
import './styles/theme.css'

const root = document.getElementById('root')
if (!root) throw new Error('Worth: the page has no #root element')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
